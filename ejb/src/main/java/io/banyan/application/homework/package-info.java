/** Handing plan sections out as homework and moving them through the review loop. */
package io.banyan.application.homework;
