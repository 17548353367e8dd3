package io.banyan.domain.plan;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/**
 * Every question of a plan and its answer at one moment, in the template's order. A revision keeps
 * one, so old answers survive template changes and can be compared later.
 */
public record RevisionSnapshot(List<Entry> entries) {

  /** One question as it was asked and answered; {@code text} is the answer as people read it. */
  public record Entry(String key, String section, String label, QuestionKind kind, String text, String valueJson) {

    public AnswerValue value() {
      return AnswerCodec.decode(kind, valueJson);
    }
  }

  public RevisionSnapshot {
    entries = List.copyOf(entries);
  }

  /** Only the entries of these questions, e.g. one section's. */
  public RevisionSnapshot only(java.util.Collection<String> keys) {
    return new RevisionSnapshot(entries.stream().filter(e -> keys.contains(e.key())).toList());
  }

  public Optional<Entry> entry(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  /** The stage of the first maturity self-assessment answered, if any. */
  public Optional<MaturityStage> maturity() {
    return entries.stream()
        .filter(e -> e.kind() == QuestionKind.MATURITY)
        .map(e -> ((AnswerValue.Maturity) e.value()).stage())
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  public String toJson() {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Entry e : entries) {
      array.add(Json.createObjectBuilder()
          .add("key", e.key())
          .add("section", e.section())
          .add("label", e.label())
          .add("kind", e.kind().name())
          .add("text", e.text())
          .add("value", e.valueJson()));
    }
    return array.build().toString();
  }

  public static RevisionSnapshot fromJson(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return new RevisionSnapshot(reader.readArray().getValuesAs(JsonObject.class).stream()
          .map(o -> new Entry(o.getString("key"), o.getString("section"), o.getString("label"),
              QuestionKind.valueOf(o.getString("kind")), o.getString("text"), o.getString("value")))
          .toList());
    }
  }
}
