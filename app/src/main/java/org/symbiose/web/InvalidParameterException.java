package org.symbiose.web;

/**
 * A request parameter the controller refuses (out of range, unknown value): a 400 naming the parameter,
 * with a message from the bundles so that the caller reads it in their language.
 */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String messageCode;
    private final transient Object[] arguments;

    /**
     * @param parameter the parameter as the client wrote it ({@code limit}, {@code max-distance-km})
     * @param messageCode a key of messages.properties whose arguments follow, {0} being the parameter
     */
    public InvalidParameterException(String parameter, String messageCode, Object... arguments) {
        super("invalid parameter " + parameter + " (" + messageCode + ")");
        this.parameter = parameter;
        this.messageCode = messageCode;
        this.arguments = arguments.clone();
    }

    String parameter() {
        return parameter;
    }

    String messageCode() {
        return messageCode;
    }

    /** The message arguments, the parameter's name first. */
    Object[] arguments() {
        Object[] all = new Object[arguments.length + 1];
        all[0] = parameter;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return all;
    }
}
