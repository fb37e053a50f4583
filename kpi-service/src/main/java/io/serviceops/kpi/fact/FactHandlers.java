package io.serviceops.kpi.fact;

import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * One event handler per event type of the {@link FactTable}, registered from the table itself, so the
 * plumbing subscribes to each without a second list to keep in step. (A registrar runs while the
 * application's configuration is read, before the plumbing's auto-configuration looks for handlers.)
 */
@Configuration(proxyBeanMethods = false)
@Import(FactHandlers.Registrar.class)
class FactHandlers {

    static class Registrar implements ImportBeanDefinitionRegistrar {

        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
            for (FactRule<?> rule : FactTable.RULES) {
                var handler = new RootBeanDefinition(FactHandler.class);
                handler.getConstructorArgumentValues().addIndexedArgumentValue(0, rule.type());
                handler.setAutowireMode(AbstractBeanDefinition.AUTOWIRE_CONSTRUCTOR);
                registry.registerBeanDefinition("kpiFacts" + rule.type().getSimpleName(), handler);
            }
        }
    }
}
