package org.symbiose.companies;

import com.fasterxml.jackson.annotation.JsonValue;

/** Database identity of a company. */
public record CompanyId(@JsonValue long value) {}
