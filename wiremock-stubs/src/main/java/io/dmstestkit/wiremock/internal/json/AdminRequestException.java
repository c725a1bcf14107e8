package io.dmstestkit.wiremock.internal.json;

/** A request to the admin API that cannot be served, with the HTTP status and the message to answer. */
public final class AdminRequestException extends RuntimeException {

    private final int status;

    public AdminRequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** 400: the request itself is wrong. */
    public static AdminRequestException badRequest(String message) {
        return new AdminRequestException(400, message);
    }

    /** 404: the request names something that does not exist. */
    public static AdminRequestException notFound(String message) {
        return new AdminRequestException(404, message);
    }

    public int status() {
        return status;
    }
}
