/**
 * The languages of the service and its user-facing messages; the lowest layer, used by every other package.
 */
package org.gcmkg.text;
