package se.riktlinjeboten;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RiktlinjebotApplication {

    public static void main(String[] args) {
        SpringApplication.run(RiktlinjebotApplication.class, args);
    }
}
