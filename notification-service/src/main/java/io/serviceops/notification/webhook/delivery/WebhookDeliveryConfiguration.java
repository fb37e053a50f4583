package io.serviceops.notification.webhook.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.events.EventCatalog;
import io.serviceops.events.EventType;
import io.serviceops.notification.webhook.Subscriptions;
import io.serviceops.notification.webhook.WebhookProperties;
import io.serviceops.notification.webhook.target.HostResolver;
import io.serviceops.notification.webhook.target.TargetGuard;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires delivery, and registers one {@link FanOutHandler} per event type of the general topics (every
 * catalogue type except the restricted notifications), so the plumbing subscribes this service to
 * them with its usual de-duplication, retries and dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
class WebhookDeliveryConfiguration {

    @Bean
    static BeanDefinitionRegistryPostProcessor webhookFanOutHandlers() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                ConfigurableListableBeanFactory beans = (ConfigurableListableBeanFactory) registry;
                for (EventType<?> type : EventCatalog.general()) {
                    registry.registerBeanDefinition("webhookFanOut" + type.name(), handler(type, beans));
                }
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static RootBeanDefinition handler(EventType<?> type, ConfigurableListableBeanFactory beans) {
        return new RootBeanDefinition(FanOutHandler.class,
                () -> new FanOutHandler(type.javaType(), beans.getBean(DeliveryPlanner.class)));
    }

    @Bean
    DeliveryPlanner deliveryPlanner(Subscriptions subscriptions, Deliveries deliveries, Clock clock) {
        return new DeliveryPlanner(subscriptions, deliveries, clock);
    }

    @Bean
    TargetGuard targetGuard(WebhookProperties properties, ObjectProvider<HostResolver> resolver, MeterRegistry metrics) {
        return new TargetGuard(properties.target(), resolver.getIfAvailable(() -> HostResolver.SYSTEM), metrics);
    }

    @Bean
    WebhookMetrics webhookMetrics(MeterRegistry registry) {
        return new WebhookMetrics(registry);
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService webhookWorkers(WebhookProperties properties) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(properties.concurrency(),
                task -> new Thread(task, "webhook-" + count.incrementAndGet()));
    }

    @Bean
    DeliveryDispatcher deliveryDispatcher(Deliveries deliveries, Subscriptions subscriptions, TargetGuard guard,
            WebhookMetrics metrics, WebhookProperties properties, ExecutorService webhookWorkers, Clock clock) {
        return new DeliveryDispatcher(deliveries, subscriptions, new WebhookClient(properties), guard,
                new RetryPolicy(properties), new EndpointBreakers(properties.breaker()),
                new SubscriptionHealth(subscriptions, metrics, properties), metrics, properties, webhookWorkers, clock);
    }
}
