// ImGui's triangles: vertex colour times the font atlas's coverage (one channel).
precision mediump float;
uniform sampler2D u_atlas;
in vec2 v_uv;
in vec4 v_colour;
out vec4 frag_colour;
void main() {
  frag_colour = vec4(v_colour.rgb, v_colour.a * texture(u_atlas, v_uv).r);
}
