/** Comment threads on questions, and the reviewer's queue. */
package io.banyan.application.review;
