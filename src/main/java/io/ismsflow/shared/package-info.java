/** Helpers every module may use and that depend on no module: reading long results a page at a time. */
package io.ismsflow.shared;
