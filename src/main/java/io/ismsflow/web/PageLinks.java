package io.ismsflow.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links to other pages of the current list, keeping its filters. Pages call it as {@code @links}. */
@Component("links")
public class PageLinks {

    public String page(int page) {
        var current = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build();
        return current.getPath() + "?" + current.getQuery();
    }

    /** Where a form sends the browser back to: the page it came from if that is a page of this app, else the fallback. */
    public static String redirectBack(String back, String fallback) {
        boolean local = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
        return "redirect:" + (local ? back : fallback);
    }
}
