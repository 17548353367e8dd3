package io.banyan.web.plan;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for p:chart. PrimeFaces writes the configuration into a script as is,
 * so every character that could end the script or start markup is escaped.
 */
final class ChartJson {

  /** A line of points; a null value leaves a gap. */
  record Series(String label, List<BigDecimal> values, String colour, boolean dashed) {}

  private ChartJson() {}

  static String line(List<String> labels, List<Series> series, JsonObjectBuilder yAxis) {
    JsonArrayBuilder xs = Json.createArrayBuilder();
    labels.forEach(xs::add);
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Series s : series) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      s.values().forEach(v -> {
        if (v == null) {
          data.addNull();
        } else {
          data.add(v);
        }
      });
      JsonObjectBuilder set = Json.createObjectBuilder()
          .add("label", s.label())
          .add("data", data)
          .add("borderColor", s.colour())
          .add("backgroundColor", s.colour())
          .add("fill", false)
          .add("spanGaps", true)
          .add("tension", 0.2);
      if (s.dashed()) {
        set.add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("pointRadius", 0);
      }
      datasets.add(set);
    }
    String json = Json.createObjectBuilder()
        .add("type", "line")
        .add("data", Json.createObjectBuilder().add("labels", xs).add("datasets", datasets))
        .add("options", Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add("scales", Json.createObjectBuilder().add("y", yAxis)))
        .build()
        .toString();
    return safeForScript(json);
  }

  /** JSON keeps these only inside strings, where the escaped forms mean the same. */
  static String safeForScript(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }
}
