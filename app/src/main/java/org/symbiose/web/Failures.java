package org.symbiose.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.symbiose.ids.UnknownIdException;

/**
 * Reads an exception as a {@link Failure}: which status, which sentence for the caller, which inputs are
 * wrong. The one place that decides, for the API and the pages alike, that a malformed parameter is a
 * 400 naming the parameter, that a path id no record can have is a 404, and that anything unforeseen is
 * a 500 whose detail gives a reference to the log, never the exception.
 */
@Component
class Failures {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?\\d+");

    private final MessageSource messages;

    Failures(MessageSource messages) {
        this.messages = messages;
    }

    /** The failure an exception stands for; {@code incident} is quoted in a 500's detail. */
    Failure of(Exception e, HttpServletRequest request, Locale locale, String incident) {
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            return typeMismatch(mismatch, locale);
        }
        if (e instanceof TypeMismatchException mismatch) {
            return invalid(
                    mismatch.getPropertyName(),
                    typeCode(mismatch.getRequiredType()),
                    locale,
                    mismatch.getPropertyName(),
                    mismatch.getValue());
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return invalid(missing.getParameterName(), "problem.parameter.missing", locale, missing.getParameterName());
        }
        if (e instanceof InvalidParameterException invalid) {
            return invalid(invalid.parameter(), invalid.messageCode(), locale, invalid.arguments());
        }
        if (e instanceof BindException bind) {
            return fieldErrors(bind.getBindingResult(), locale);
        }
        if (e instanceof HandlerMethodValidationException validation) {
            return parameterErrors(validation, locale);
        }
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            String allowed = method.getSupportedHttpMethods() == null
                    ? ""
                    : StringUtils.collectionToDelimitedString(method.getSupportedHttpMethods(), ", ");
            return new Failure(
                    405,
                    message("problem.detail.methodNotAllowed", locale, method.getMethod(), allowed),
                    List.of(),
                    allowed.isEmpty() ? Map.of() : Map.of(HttpHeaders.ALLOW, allowed));
        }
        if (e instanceof HttpMediaTypeNotAcceptableException notAcceptable) {
            return new Failure(
                    406,
                    message(
                            "problem.detail.notAcceptable",
                            locale,
                            StringUtils.collectionToDelimitedString(notAcceptable.getSupportedMediaTypes(), ", ")));
        }
        if (e instanceof HttpMediaTypeNotSupportedException notSupported) {
            return new Failure(
                    415,
                    message(
                            "problem.detail.unsupportedMediaType",
                            locale,
                            String.valueOf(notSupported.getContentType()),
                            StringUtils.collectionToDelimitedString(notSupported.getSupportedMediaTypes(), ", ")));
        }
        if (e instanceof HttpMessageNotReadableException) {
            return new Failure(400, message("problem.detail.malformedBody", locale));
        }
        if (e instanceof ErrorResponse response) {
            return errorResponse(response, request, locale);
        }
        if (e instanceof UnknownIdException unknown) {
            return unknownId(unknown, locale);
        }
        ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        if (annotated != null) {
            return ofStatus(annotated.code().value(), request, locale, incident);
        }
        return ofStatus(500, request, locale, incident);
    }

    /** The failure a bare status stands for, as the servlet container reports it. */
    Failure ofStatus(int status, HttpServletRequest request, Locale locale, String incident) {
        if (status == 404) {
            return new Failure(404, message("problem.detail.404", locale, Problems.path(request)));
        }
        if (status >= 500) {
            return new Failure(status, message("problem.detail.500", locale, incident));
        }
        String code = "problem.detail." + status;
        String detail = messages.getMessage(code, null, null, locale);
        return new Failure(status, detail != null ? detail : message("problem.detail.other", locale, status));
    }

    /** A path id no record can have: "no initiative 0" when the bundle names the kind, else "no resource". */
    private Failure unknownId(UnknownIdException e, Locale locale) {
        String value = String.valueOf(e.value());
        String named =
                messages.getMessage("problem.detail." + e.kind() + "NotFound", new Object[] {value}, null, locale);
        return new Failure(404, named != null ? named : message("problem.detail.unknownId", locale, value));
    }

    private Failure typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        String value = e.getValue() == null ? "" : e.getValue().toString();
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)
                && WHOLE_NUMBER.matcher(value).matches()) {
            // A number no record can have (beyond the id's range): the same answer as an unknown id.
            return new Failure(404, message("problem.detail.unknownId", locale, value));
        }
        return invalid(e.getName(), typeCode(e.getRequiredType()), locale, e.getName(), value);
    }

    private static String typeCode(Class<?> type) {
        if (type == null) {
            return "problem.parameter.invalid";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "problem.parameter.integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "problem.parameter.number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "problem.parameter.boolean";
        }
        return "problem.parameter.invalid";
    }

    private Failure invalid(String parameter, String code, Locale locale, Object... arguments) {
        String text = message(code, locale, arguments);
        return new Failure(400, text, List.of(new Problem.FieldError(parameter, text)), Map.of());
    }

    private Failure fieldErrors(BindingResult result, Locale locale) {
        var errors = new ArrayList<Problem.FieldError>();
        result.getFieldErrors()
                .forEach(error ->
                        errors.add(new Problem.FieldError(error.getField(), messages.getMessage(error, locale))));
        result.getGlobalErrors()
                .forEach(error ->
                        errors.add(new Problem.FieldError(error.getObjectName(), messages.getMessage(error, locale))));
        return validation(errors, locale);
    }

    private Failure parameterErrors(HandlerMethodValidationException e, Locale locale) {
        var errors = new ArrayList<Problem.FieldError>();
        e.getParameterValidationResults()
                .forEach(result -> result.getResolvableErrors()
                        .forEach(error -> errors.add(new Problem.FieldError(
                                result.getMethodParameter().getParameterName(), messages.getMessage(error, locale)))));
        return validation(errors, locale);
    }

    private Failure validation(List<Problem.FieldError> errors, Locale locale) {
        if (errors.isEmpty()) {
            return new Failure(400, message("problem.detail.400", locale));
        }
        var detail = new StringBuilder();
        errors.forEach(error -> detail.append(detail.isEmpty() ? "" : " ").append(error.message()));
        return new Failure(400, detail.toString(), errors, Map.of());
    }

    private Failure errorResponse(ErrorResponse response, HttpServletRequest request, Locale locale) {
        int status = response.getStatusCode().value();
        String detail = messages.getMessage(
                response.getDetailMessageCode(), response.getDetailMessageArguments(messages, locale), null, locale);
        Map<String, String> headers = new LinkedHashMap<>();
        response.getHeaders().forEach((name, values) -> headers.put(name, String.join(", ", values)));
        Failure generic = ofStatus(status, request, locale, "");
        return new Failure(status, detail != null ? detail : generic.detail(), List.of(), headers);
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
