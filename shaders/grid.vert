// The canvas's dot grid: one point a dot, placed from gl_VertexID (no vertex buffers).
uniform vec2 u_first;     // framebuffer pixels (top-left based) of the top-left dot
uniform float u_spacing;  // pixels between dots
uniform float u_columns;  // dots in a row
uniform vec2 u_viewport;  // framebuffer size in pixels
uniform float u_size;     // point size in pixels
void main() {
  float i = float(gl_VertexID);
  float row = floor(i / u_columns);
  vec2 at = u_first + vec2(i - row * u_columns, row) * u_spacing;
  gl_Position = vec4(at.x / u_viewport.x * 2.0 - 1.0, 1.0 - at.y / u_viewport.y * 2.0, 0.0, 1.0);
  gl_PointSize = u_size;
}
