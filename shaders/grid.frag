// A calm dot grid that pans and zooms with the plan. Dots fade out when they would crowd.
precision mediump float;
uniform vec2 u_origin;   // framebuffer position of the world origin (bottom-left based)
uniform float u_spacing; // pixels between dots
uniform vec4 u_paper;
uniform vec4 u_dot;
out vec4 frag_colour;
void main() {
  vec2 cell = (gl_FragCoord.xy - u_origin) / u_spacing;
  vec2 offset = (fract(cell + 0.5) - 0.5) * u_spacing;
  float radius = clamp(u_spacing * 0.06, 0.8, 2.0);
  float coverage = 1.0 - smoothstep(radius - 0.6, radius + 0.6, length(offset));
  float fade = smoothstep(6.0, 14.0, u_spacing);
  frag_colour = mix(u_paper, u_dot, coverage * fade * u_dot.a);
}
