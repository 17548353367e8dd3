/** The audit trail service. */
package io.banyan.application.audit;
