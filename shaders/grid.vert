// The canvas background: one quad covering the canvas rectangle (no vertex buffers).
uniform vec4 u_rect;  // x0, y0, x1, y1 in clip space
void main() {
  vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1));
  gl_Position = vec4(mix(u_rect.xy, u_rect.zw, corner), 0.0, 1.0);
}
