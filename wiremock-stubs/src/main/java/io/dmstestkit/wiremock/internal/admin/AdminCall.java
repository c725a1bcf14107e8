package io.dmstestkit.wiremock.internal.admin;

import com.github.tomakehurst.wiremock.common.Urls;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import io.dmstestkit.simulator.internal.text.Suggestions;
import io.dmstestkit.wiremock.internal.json.AdminJson;
import io.dmstestkit.wiremock.internal.json.AdminRequestException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One admin request as a task sees it: WireMock's admin, the request and the path parameters. */
record AdminCall(Admin admin, Request request, PathParams pathParams) {

    /** The body read as {@code type}; a 400 naming the problem when it cannot be. */
    <T> T body(Class<T> type) {
        return AdminJson.read(request.getBodyAsString(), type);
    }

    String pathParam(String name) {
        return pathParams.get(name);
    }

    /**
     * The query parameters, refusing names this route does not take (with a suggestion for typos) and
     * repeated or empty values.
     */
    Map<String, String> query(Set<String> allowed) {
        Map<String, QueryParameter> parameters = Urls.splitQueryFromUrl(request.getUrl());
        parameters.forEach((name, parameter) -> {
            if (!allowed.contains(name)) {
                throw AdminRequestException.badRequest("unknown query parameter '" + name + "'"
                        + Suggestions.closest(name, allowed)
                                .map(s -> "; did you mean '" + s + "'?")
                                .orElse("")
                        + (allowed.isEmpty() ? "; this route takes none" : "; known: " + String.join(", ", allowed)));
            }
            if (parameter.values().size() != 1 || parameter.firstValue().isBlank()) {
                throw AdminRequestException.badRequest("query parameter '" + name + "' needs exactly one value");
            }
        });
        return parameters.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().firstValue()));
    }
}
