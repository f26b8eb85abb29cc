package org.symbiose.companies;

/** Database identity of a company. */
public record CompanyId(long value) {}
