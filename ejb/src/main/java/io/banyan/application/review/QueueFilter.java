package io.banyan.application.review;

import io.banyan.domain.homework.SectionStatus;
import java.io.Serializable;
import java.time.LocalDate;

/** What the review queue shows: optionally one client, one status, and sections due by a date. */
public record QueueFilter(Long clientId, SectionStatus status, LocalDate dueBy) implements Serializable {}
