package org.symbiose;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of the web application. */
@SpringBootApplication
public class SymbioseApplication {

    public static void main(String[] args) {
        SpringApplication.run(SymbioseApplication.class, args);
    }
}
