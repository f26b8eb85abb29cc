package org.symbiose.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** What the randomised probe can ask, read from the handler mapping so that new endpoints are probed too. */
final class ProbeEndpoints {

    private ProbeEndpoints() {}

    /**
     * What can be asked: a method, a path pattern, its query parameters and form fields, and the parameters
     * its mapping requires to be chosen (a page and its download, {@code params = "download"}, share a path).
     */
    record Endpoint(
            HttpMethod method,
            String pattern,
            Map<String, Class<?>> parameters,
            List<String> fields,
            List<String> required) {

        Endpoint(HttpMethod method, String pattern, Map<String, Class<?>> parameters, List<String> fields) {
            this(method, pattern, parameters, fields, List.of());
        }

        /** The method and pattern, and the parameters that select this mapping among those of the path. */
        String key() {
            return method + " " + pattern + (required.isEmpty() ? "" : " ?" + String.join("&", required));
        }

        boolean heavy() {
            return pattern.endsWith(".pdf") || pattern.contains("opportunities") || pattern.contains("api-docs");
        }
    }

    /** Every mapped method and pattern, and a few addresses beyond the controllers, in a stable order. */
    static List<Endpoint> of(RequestMappingHandlerMapping mappings) {
        var endpoints = new ArrayList<Endpoint>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            Set<HttpMethod> methods = new HashSet<>();
            mapping.getKey().getMethodsCondition().getMethods().forEach(m -> methods.add(HttpMethod.valueOf(m.name())));
            if (methods.isEmpty()) {
                methods.add(HttpMethod.GET);
            }
            Map<String, Class<?>> parameters = new TreeMap<>();
            List<String> fields = new ArrayList<>();
            for (var parameter : mapping.getValue().getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (param != null) {
                    String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                    parameters.put(name, parameter.getParameterType());
                }
                if (parameter.hasParameterAnnotation(ModelAttribute.class)
                        && parameter.getParameterType().isRecord()) {
                    fields.addAll(fieldsOf(parameter.getParameterType()));
                }
            }
            List<String> required = mapping.getKey().getParamsCondition().getExpressions().stream()
                    .filter(expression -> !expression.isNegated())
                    .map(expression -> expression.getName())
                    .sorted()
                    .toList();
            for (String pattern : mapping.getKey().getPatternValues()) {
                for (HttpMethod method : methods) {
                    if (pattern.equals("/login") && method == HttpMethod.POST) {
                        continue; // handled by the security chain; failed logins are the throttling's tests
                    }
                    endpoints.add(new Endpoint(method, pattern, parameters, fields, required));
                }
            }
        }
        // Pages beyond the controllers: static resources and addresses nothing serves.
        for (String pattern : List.of(
                "/css/app.css", "/js/map.js", "/webjars/leaflet/dist/leaflet.js", "/{slug}/{id}", "/api/v1/{slug}")) {
            endpoints.add(new Endpoint(HttpMethod.GET, pattern, Map.of(), List.of()));
        }
        endpoints.sort((a, b) -> a.key().compareTo(b.key()));
        return endpoints;
    }

    /** A form record's fields as a browser names them, tables with an index to fill in. */
    static List<String> fieldsOf(Class<?> form) {
        var fields = new ArrayList<String>();
        for (RecordComponent component : form.getRecordComponents()) {
            if (List.class.isAssignableFrom(component.getType())
                    && component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> row
                    && row.isRecord()) {
                for (RecordComponent cell : row.getRecordComponents()) {
                    fields.add(component.getName() + "[#]." + cell.getName());
                }
            } else {
                fields.add(component.getName());
            }
        }
        return fields;
    }
}
