/** Review: comment threads on single questions of a submitted section. */
package io.banyan.domain.review;
