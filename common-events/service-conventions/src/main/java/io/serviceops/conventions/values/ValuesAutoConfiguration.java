package io.serviceops.conventions.values;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** The value rules every service applies to bodies ({@link StrictJson}) and query parameters. */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ValueRules.class)
public class ValuesAutoConfiguration {

    @Bean
    StrictJson strictJson(ValueRules rules) {
        return new StrictJson(rules);
    }

    @Bean
    DateParameters dateParameters(ValueRules rules) {
        return new DateParameters(rules);
    }

    @Bean
    FilterRegistrationBean<QueryValues> queryValues(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        var registration = new FilterRegistrationBean<>(new QueryValues(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
