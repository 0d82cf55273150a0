package org.evaltrack.launcher.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.evaltrack.launcher.EvaltrackApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The limits property test on the embedded default, H2 in PostgreSQL mode, where a 200-emoji file name once froze a read model. */
class LimitsOverHttpH2Test extends LimitsOverHttp {

    private ConfigurableApplicationContext context;

    @Override
    HttpApi startSystem() throws IOException {
        String url = "jdbc:h2:file:" + Path.of("target", "h2", UUID.randomUUID().toString()).toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        context = EvaltrackApplication.run("--server.port=0", "--spring.datasource.url=" + url, "--evaltrack.demo.enabled=true",
                "--evaltrack.blobs.dir=" + Files.createTempDirectory("evaltrack-limits-h2").toAbsolutePath());
        return new HttpApi(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Override
    DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    @Override
    void stopSystem() {
        if (context != null) {
            context.close();
        }
    }
}
