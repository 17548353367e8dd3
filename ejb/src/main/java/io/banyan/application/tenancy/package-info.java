/** Consultancies, onboarding, branding and offices. */
package io.banyan.application.tenancy;
