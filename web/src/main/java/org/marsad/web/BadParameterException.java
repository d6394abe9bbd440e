package org.marsad.web;

/** A request parameter that cannot be used; the message names the parameter and the reason (a 400 answer). */
public final class BadParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadParameterException(String parameter, String reason) {
        super("parameter '" + parameter + "': " + reason);
    }
}
