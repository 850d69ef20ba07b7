// A calm dot grid that pans and zooms with the plan; only the dots' pixels run this (the paper
// is a clear). Dots fade out when they would crowd.
precision mediump float;
uniform highp float u_spacing;  // pixels between dots (shared with grid.vert, so highp)
uniform highp float u_size;     // point size in pixels
uniform vec4 u_paper;
uniform vec4 u_dot;
out vec4 frag_colour;
void main() {
  float distance = length((gl_PointCoord - 0.5) * u_size);
  float radius = clamp(u_spacing * 0.06, 0.8, 2.0);
  float coverage = 1.0 - smoothstep(radius - 0.6, radius + 0.6, distance);
  float fade = smoothstep(6.0, 14.0, u_spacing);
  frag_colour = mix(u_paper, u_dot, coverage * fade * u_dot.a);
}
