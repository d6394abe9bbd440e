package org.marsad.web;

/** A request for something the store does not hold; the message says what (a 404 answer). */
public final class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
