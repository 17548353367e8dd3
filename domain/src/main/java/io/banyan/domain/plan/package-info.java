/**
 * Plans: question kinds and the rules their answers follow (issue 3 groundwork; templates,
 * plans, revisions and check-ins build on these).
 */
package io.banyan.domain.plan;
