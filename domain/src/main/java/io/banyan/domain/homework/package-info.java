/** Homework: plan sections handed to a client with a due date, and the review loop each of them goes through. */
package io.banyan.domain.homework;
