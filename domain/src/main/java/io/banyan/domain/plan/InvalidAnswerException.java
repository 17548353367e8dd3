package io.banyan.domain.plan;

import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.Phrase;
import java.util.List;

/** An answer the question's rules refuse; the problems say which part and why, to show beside the field. */
public class InvalidAnswerException extends BanyanException {

  private final transient List<AnswerProblem> problems;

  public InvalidAnswerException(List<AnswerProblem> problems) {
    super("error.answer.invalid", Phrase.joined(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<AnswerProblem> problems() {
    return problems;
  }
}
