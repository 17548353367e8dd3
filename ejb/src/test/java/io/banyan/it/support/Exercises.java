package io.banyan.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The service methods a test calls, named as {@link CallRecorder#nameOf} names them. The test
 * checks the list against the calls it recorded; a plain unit test reads the lists of a class to
 * see which methods it covers.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Exercises {
  String[] value();
}
