package org.gcmkg.page;

/** The server paths of the web pages and their assets. */
public final class WebPaths {
    /** The home page. */
    public static final String HOME = "/";
    /** The objectives and their charts. */
    public static final String OBJECTIVES = "/objectives";
    /**
     * The query page. Not under {@code /query/}: that path space holds the IRIs of the example queries.
     */
    public static final String EXPLORE = "/explore";
    /** The submission validator. */
    public static final String VALIDATOR = "/validator";
    /** Stylesheets, scripts and the editor bundle, all served by this service. */
    public static final String ASSETS = "/assets/";
    /** The dry run the validator page posts to. */
    public static final String VALIDATE = "/validate";
    /** The named queries as JSON. */
    public static final String QUERIES = "/queries";

    private WebPaths() {
    }
}
