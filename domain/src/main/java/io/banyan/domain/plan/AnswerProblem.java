package io.banyan.domain.plan;

/** Why an answer cannot be kept as it is: the part of the answer concerned, and a sentence for the client. */
public record AnswerProblem(String part, String message) {

  public static AnswerProblem of(String message) {
    return new AnswerProblem("", message);
  }
}
