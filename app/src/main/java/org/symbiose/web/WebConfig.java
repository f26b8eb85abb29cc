package org.symbiose.web;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** French by default; {@code ?lang=en} switches pages to English ({@link LanguageResolver}). */
@Configuration
class WebConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }

    /** Versions in WebJars links only, instead of a classpath lookup for every link of every page. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> webJarLinks(ResourceUrlProvider resources) {
        var registration = new FilterRegistrationBean<ResourceUrlEncodingFilter>(new WebJarLinks(resources));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
