package org.symbiose.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The site's icon: {@code /img/favicon.svg}, linked from every page's head, and {@code /favicon.ico}
 * (the same drawing, 32 pixels) for the browsers and tools that ask for it without reading the page.
 * Both are public (SecurityConfig's public paths) and kept a week by browsers: without a
 * Cache-Control of its own, every page view would ask for the icon again.
 */
@Configuration
class Favicon implements WebMvcConfigurer {

    static final CacheControl A_WEEK = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/favicon.ico")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(A_WEEK);
        registry.addResourceHandler("/img/**")
                .addResourceLocations("classpath:/static/img/")
                .setCacheControl(A_WEEK);
    }
}
