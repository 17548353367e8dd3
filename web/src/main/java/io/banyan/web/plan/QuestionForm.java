package io.banyan.web.plan;

import io.banyan.domain.plan.QuestionKind;
import io.banyan.domain.plan.QuestionSettings;
import io.banyan.domain.plan.TemplateQuestion;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** The add/edit question form: kind, wording, and the settings of its kind (one option or column per line). */
public class QuestionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long questionId;
  private long questionVersion;

  @NotNull(message = "{template.question.kind.required}")
  private QuestionKind kind = QuestionKind.LONG_TEXT;

  @NotBlank(message = "{template.question.label.required}")
  @Size(max = 300, message = "{template.question.label.tooLong}")
  private String label;

  @Size(max = 1000, message = "{template.question.help.tooLong}")
  private String help;

  private boolean required;
  private BigDecimal minimum;
  private BigDecimal maximum;

  @Size(max = 40, message = "{template.question.unit.tooLong}")
  private String unit;

  @Size(max = 4000, message = "{template.question.options.tooLong}")
  private String options;

  @Size(max = 2000, message = "{template.question.columns.tooLong}")
  private String columns;

  static QuestionForm of(TemplateQuestion question) {
    QuestionForm form = new QuestionForm();
    form.questionId = question.getId();
    form.questionVersion = question.getVersion();
    form.kind = question.getKind();
    form.label = question.getLabel();
    form.help = question.getHelp();
    form.required = question.isRequired();
    QuestionSettings settings = question.getSettings();
    form.minimum = settings.minimum();
    form.maximum = settings.maximum();
    form.unit = settings.unit();
    form.options = String.join("\n", settings.options());
    form.columns = String.join("\n", settings.columns());
    return form;
  }

  /** The settings this kind uses; the others are dropped. Throws with a readable message when they do not fit. */
  QuestionSettings settings() {
    QuestionSettings settings = switch (kind) {
      case NUMBER -> QuestionSettings.number(minimum, maximum, blankToNull(unit));
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> new QuestionSettings(null, null, null, lines(options), List.of());
      case TABLE -> new QuestionSettings(null, null, null, List.of(), lines(columns));
      default -> QuestionSettings.NONE;
    };
    settings.requireFitFor(kind);
    return settings;
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public boolean isEditing() {
    return questionId != null;
  }

  Long questionId() {
    return questionId;
  }

  long questionVersion() {
    return questionVersion;
  }

  public QuestionKind[] getKinds() {
    return QuestionKind.values();
  }

  public QuestionKind getKind() {
    return kind;
  }

  public void setKind(QuestionKind kind) {
    this.kind = kind;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getHelp() {
    return help;
  }

  public void setHelp(String help) {
    this.help = help;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public BigDecimal getMinimum() {
    return minimum;
  }

  public void setMinimum(BigDecimal minimum) {
    this.minimum = minimum;
  }

  public BigDecimal getMaximum() {
    return maximum;
  }

  public void setMaximum(BigDecimal maximum) {
    this.maximum = maximum;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getOptions() {
    return options;
  }

  public void setOptions(String options) {
    this.options = options;
  }

  public String getColumns() {
    return columns;
  }

  public void setColumns(String columns) {
    this.columns = columns;
  }
}
