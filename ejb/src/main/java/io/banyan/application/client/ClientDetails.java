package io.banyan.application.client;

import io.banyan.domain.client.OrganisationSize;

/** The editable facts of a client organisation, as a form sends them. */
public record ClientDetails(String name, String industry, OrganisationSize size, String notes, Long leadConsultantId) {}
