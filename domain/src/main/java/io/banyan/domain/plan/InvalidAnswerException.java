package io.banyan.domain.plan;

import io.banyan.domain.shared.BanyanException;
import java.util.List;
import java.util.stream.Collectors;

/** An answer the question's rules refuse; the problems say which part and why, to show beside the field. */
public class InvalidAnswerException extends BanyanException {

  private final transient List<AnswerProblem> problems;

  public InvalidAnswerException(List<AnswerProblem> problems) {
    super(problems.stream().map(AnswerProblem::message).collect(Collectors.joining(" ")));
    this.problems = List.copyOf(problems);
  }

  public List<AnswerProblem> problems() {
    return problems;
  }
}
