// no-curl-pipe-shell: fires on curl/wget piped into a shell or substituted into one; silent on downloads to files and pipes into tar.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on curl | sh, wget -O- | bash -s, and sh -c "$(curl …)"', () => {
  expectRule('no-curl-pipe-shell', `FROM debian:12
RUN curl -fsSL https://get.example.com/install.sh | sh
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-curl-pipe-shell
RUN set -eux; wget -qO- https://x.example/i.sh | sudo bash -s -- --yes
              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-curl-pipe-shell
RUN sh -c "$(curl -fsSL https://x.example/i.sh)"
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-curl-pipe-shell`);
});

test('stays silent on downloads to a file, pipes into tar or gpg, sh -c with a fixed script, and quoted text', () => {
  expectRule('no-curl-pipe-shell', `FROM debian:12
RUN curl -fsSLo /tmp/i.sh https://x.example/i.sh && sha256sum -c sums && sh /tmp/i.sh
RUN curl -fsSL https://x.example/app.tgz | tar -xz -C /opt
RUN curl -fsSL https://x.example/key.asc | gpg --dearmor -o /usr/share/keyrings/x.gpg
RUN curl -fsSL https://x.example/data | sh -c 'cat > /tmp/data'
RUN echo "curl https://x | sh"`);
});
