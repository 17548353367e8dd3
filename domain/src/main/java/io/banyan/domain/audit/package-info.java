/** The audit trail: who changed what, per consultancy. */
package io.banyan.domain.audit;
