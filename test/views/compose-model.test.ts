import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFile } from '../../server/src/document/parse';
import { get, getStr, items, str, type Node } from '../../server/src/document/tree';
import { interpolationSegments, isLiteral, isWhollyInterpolated, resolveTracked, variablesIn } from '../../server/src/views/compose-interpolation';
import { composeModel, effectiveServices } from '../../server/src/views/compose-model';
import { bindsAllInterfaces, isLoopback, parsePorts, type PortSpec } from '../../server/src/views/compose-ports';
import { dedent, memoryFiles } from '../helpers/rule-tester';

function rootOf(text: string, uri = 'file:///p/compose.yaml', index = 0): Node | null {
  return parseFile(uri, dedent(text), uri.endsWith('.json') ? 'json' : 'yaml').documents[index]?.root ?? null;
}

function ports(list: string): Array<Omit<PortSpec, 'node' | 'nodes'>> {
  return parsePorts(get(rootOf(list), 'ports')).map(({ node: _node, nodes: _nodes, ...rest }) => rest);
}

const plain = { mode: undefined, name: undefined, appProtocol: undefined, variables: [] };

describe('compose interpolation', () => {
  it('splits values into text and variables, with every operator', () => {
    const segments = interpolationSegments('a$${X}${B:-d}$C${D?err}${E:+alt}$');
    assert.deepEqual(
      segments.map((s) => (s.kind === 'text' ? s.text : `${s.name}|${s.operator ?? ''}|${s.argument ?? ''}`)),
      ['a${X}', 'B|:-|d', 'C||', 'D|?|err', 'E|:+|alt', '$'],
    );
    assert.deepEqual(variablesIn('${A:-${B:-x}}-$C'), ['A', 'B', 'C']);
  });

  it('tells literals, partly and wholly interpolated values apart', () => {
    assert.equal(isLiteral('p@$$word'), true);
    assert.equal(isLiteral('pre-${X}'), false);
    assert.equal(isWhollyInterpolated(' ${DB_PASSWORD} '), true);
    assert.equal(isWhollyInterpolated('${TAG:-1.0}$OTHER'), true);
    assert.equal(isWhollyInterpolated('v${TAG}'), false);
    assert.equal(isWhollyInterpolated('$$HOME'), false);
    assert.equal(isWhollyInterpolated(''), false);
  });

  it('fills in defaults and marks what variables produced', () => {
    const r = resolveTracked('${H:-127.0.0.1}:${P}:80', '?');
    assert.equal(r.text, '127.0.0.1:?:80');
    assert.deepEqual(r.fromVariable.map(Number).join(''), '11111111101000');
    assert.equal(resolveTracked('${A:+x}${B-}${C:-${D:-n}}', '?').text, '??n');
  });
});

describe('parsePorts', () => {
  it('reads every short syntax', () => {
    assert.deepEqual(
      ports(`
      ports:
        - "80"
        - "8080:80"
        - "127.0.0.1:5432:5432"
        - "[::1]:6379:6379"
        - "::1:6000:6000"
        - "8000-8010:8000-8010"
        - "9090-9091:8080-8081/udp"
        - 8080
        - "127.0.0.1::80"
        - "6060:6060/UDP"
      `),
      [
        { hostIp: undefined, published: undefined, target: { start: 80, end: 80 }, protocol: 'tcp', ...plain },
        { hostIp: undefined, published: { start: 8080, end: 8080 }, target: { start: 80, end: 80 }, protocol: 'tcp', ...plain },
        { hostIp: '127.0.0.1', published: { start: 5432, end: 5432 }, target: { start: 5432, end: 5432 }, protocol: 'tcp', ...plain },
        { hostIp: '::1', published: { start: 6379, end: 6379 }, target: { start: 6379, end: 6379 }, protocol: 'tcp', ...plain },
        { hostIp: '::1', published: { start: 6000, end: 6000 }, target: { start: 6000, end: 6000 }, protocol: 'tcp', ...plain },
        { hostIp: undefined, published: { start: 8000, end: 8010 }, target: { start: 8000, end: 8010 }, protocol: 'tcp', ...plain },
        { hostIp: undefined, published: { start: 9090, end: 9091 }, target: { start: 8080, end: 8081 }, protocol: 'udp', ...plain },
        { hostIp: undefined, published: undefined, target: { start: 8080, end: 8080 }, protocol: 'tcp', ...plain },
        { hostIp: '127.0.0.1', published: undefined, target: { start: 80, end: 80 }, protocol: 'tcp', ...plain },
        { hostIp: undefined, published: { start: 6060, end: 6060 }, target: { start: 6060, end: 6060 }, protocol: 'udp', ...plain },
      ],
    );
  });

  it('fills variables with their defaults and says which parts they decide', () => {
    const [withDefault, unknown, both] = ports(`
      ports:
        - \${PORT:-8080}:80
        - "\${PORT}:80"
        - \${BIND:-127.0.0.1}:\${DB_PORT:-5432}:5432
    `);
    assert.deepEqual(withDefault?.published, { start: 8080, end: 8080 });
    assert.deepEqual(withDefault?.variables, ['published']);
    assert.equal(unknown?.published, undefined);
    assert.deepEqual(unknown?.variables, ['published']);
    assert.equal(both?.hostIp, '127.0.0.1');
    assert.deepEqual(both?.variables, ['hostIp', 'published']);
  });

  it('reads the long syntax and points at each value', () => {
    const root = rootOf(`
      ports:
        - target: 80
          published: "8080-8081"
          host_ip: 127.0.0.1
          protocol: UDP
          mode: host
          app_protocol: http
          name: web
        - target: \${TARGET:-443}
    `);
    const [long, variable] = parsePorts(get(root, 'ports'));
    assert.deepEqual(long?.published, { start: 8080, end: 8081 });
    assert.equal(long?.hostIp, '127.0.0.1');
    assert.equal(long?.protocol, 'udp');
    assert.equal(long?.mode, 'host');
    assert.equal(long?.appProtocol, 'http');
    assert.equal(long?.name, 'web');
    assert.equal(str(long?.nodes.published), '8080-8081');
    assert.deepEqual(variable?.target, { start: 443, end: 443 });
    assert.deepEqual(variable?.variables, ['target']);
  });

  it('skips wrong types and answers interface questions', () => {
    assert.deepEqual(parsePorts(get(rootOf('ports: 80'), 'ports')), []);
    assert.equal(parsePorts(get(rootOf('ports: [null, true, [1], {target: [1]}]'), 'ports')).length, 1);
    const [all, local, variable, any6] = parsePorts(get(rootOf('ports: ["80:80", "127.0.0.1:80:80", "${IP}:80:80", "[::]:80:80"]'), 'ports'));
    assert.ok(all && local && variable && any6);
    assert.equal(bindsAllInterfaces(all), true);
    assert.equal(bindsAllInterfaces(local), false);
    assert.equal(bindsAllInterfaces(variable), false);
    assert.equal(bindsAllInterfaces(any6), true);
    assert.equal(isLoopback(local.hostIp), true);
    assert.equal(isLoopback('::1'), true);
    assert.equal(isLoopback('10.0.0.1'), false);
  });
});

describe('effectiveServices', () => {
  it('resolves extends in the same file and in another one, cycle-safe', () => {
    const root = rootOf(`
      services:
        base:
          image: app:1.0
          healthcheck:
            test: [CMD, true]
          ports: ["80:80"]
        web:
          extends: base
          ports: ["80:80", "443:443"]
        remote:
          extends:
            file: common.yaml
            service: worker
          environment:
            B: "2"
        loop:
          extends: { service: loop }
        gone:
          extends: { file: missing.yaml, service: x }
    `);
    const files = memoryFiles('file:///p/compose.yaml', { 'common.yaml': 'services:\n  worker:\n    restart: always\n    environment: [A=1, B=1]\n' });
    const model = composeModel({ root, path: 'file:///p/compose.yaml', files });
    const by = new Map(model.services.map((s) => [s.name, s]));
    assert.deepEqual(items(get(by.get('web')?.merged, 'ports')).map(str), ['80:80', '443:443']);
    assert.ok(get(by.get('web')?.merged, 'healthcheck'));
    assert.equal(by.get('web')?.extended, true);
    assert.equal(getStr(by.get('remote')?.merged, 'restart'), 'always');
    assert.deepEqual(getStr(get(by.get('remote')?.merged, 'environment'), 'A'), '1');
    assert.deepEqual(getStr(get(by.get('remote')?.merged, 'environment'), 'B'), '2');
    assert.equal(by.get('loop')?.complete, false);
    assert.equal(by.get('gone')?.complete, false);
    assert.equal(model.complete, true);
    assert.ok(by.get('web')?.key);
    const unread = composeModel({ root: rootOf('include: [gone.yaml]\nservices: {}\n'), path: 'file:///p/compose.yaml', files });
    assert.equal(unread.complete, false);
  });

  it('merges the sibling override file, and the base under an override file', () => {
    const base = 'services:\n  db:\n    image: postgres:16\n    command: [a]\n  api:\n    build: .\n';
    const override = 'services:\n  db:\n    healthcheck:\n      test: [CMD, pg_isready]\n    command: [b]\n  debug:\n    image: busybox:1\n';
    const fromBase = effectiveServices({ root: rootOf(base), path: 'file:///p/compose.yaml', files: memoryFiles('file:///p/compose.yaml', { 'compose.override.yml': override }) });
    const db = fromBase.find((s) => s.name === 'db');
    assert.ok(get(db?.merged, 'healthcheck'));
    assert.deepEqual(items(get(db?.merged, 'command')).map(str), ['b']);
    assert.deepEqual(fromBase.map((s) => [s.name, s.key !== undefined]), [['db', true], ['api', true], ['debug', false]]);
    const fromOverride = effectiveServices({ root: rootOf(override, 'file:///p/docker-compose.override.yml'), path: 'file:///p/docker-compose.override.yml', files: memoryFiles('file:///p/x', { 'docker-compose.yml': base }) });
    assert.equal(getStr(fromOverride.find((s) => s.name === 'db')?.merged, 'image'), 'postgres:16');
    assert.deepEqual(fromOverride.map((s) => s.name).sort(), ['api', 'db', 'debug']);
    // Another name is not an override file: no sibling is read.
    const other = effectiveServices({ root: rootOf(base), path: 'file:///p/stack.yaml', files: memoryFiles('file:///p/stack.yaml', { 'compose.override.yml': override }) });
    assert.deepEqual(other.map((s) => s.name), ['db', 'api']);
  });

  it('counts the services of included files, recursively and cycle-safe', () => {
    const root = rootOf('include:\n  - db/compose.yaml\n  - path: [cache.yaml]\nservices:\n  api:\n    build: .\n');
    const files = memoryFiles('file:///p/compose.yaml', {
      'db/compose.yaml': 'include: [../compose.yaml, queue.yaml]\nservices:\n  db:\n    image: postgres:16\n',
      'db/queue.yaml': 'services:\n  queue:\n    image: rabbitmq:3\n',
      'cache.yaml': 'services:\n  cache:\n    image: redis:7\n',
    });
    const model = composeModel({ root, path: 'file:///p/compose.yaml', files });
    assert.deepEqual([...model.names].sort(), ['api', 'cache', 'db', 'queue']);
    assert.equal(model.complete, true);
  });

  it('merges list and map forms by name, ports and volumes by their unique keys', () => {
    const base = 'services:\n  a:\n    environment: {A: "1"}\n    depends_on: [db]\n    ports: ["8080:80"]\n    volumes: ["x:/data", "/tmp:/tmp"]\n    cap_add: [NET_ADMIN]\n';
    const override = 'services:\n  a:\n    environment: [A=2, B=3]\n    depends_on: {cache: {condition: service_healthy}}\n    ports: ["8080:80", "9090:90"]\n    volumes: ["y:/data"]\n    cap_add: [NET_ADMIN, SYS_TIME]\n';
    const [a] = effectiveServices({ root: rootOf(base), path: 'file:///p/compose.yaml', files: memoryFiles('file:///p/compose.yaml', { 'compose.override.yaml': override }) });
    assert.equal(getStr(get(a?.merged, 'environment'), 'A'), '2');
    assert.equal(getStr(get(a?.merged, 'environment'), 'B'), '3');
    assert.deepEqual(((get(a?.merged, 'depends_on') as { pairs?: Array<{ key: { value: unknown } }> }).pairs ?? []).map((p) => p.key.value), ['db', 'cache']);
    assert.deepEqual(items(get(a?.merged, 'ports')).map(str), ['8080:80', '9090:90']);
    assert.deepEqual(items(get(a?.merged, 'volumes')).map(str), ['/tmp:/tmp', 'y:/data']);
    assert.deepEqual(items(get(a?.merged, 'cap_add')).map(str), ['NET_ADMIN', 'SYS_TIME']);
  });

  it('takes every document of a multi-document file on its own, and never throws on wrong types', () => {
    const text = 'services:\n  a:\n    image: x:1\n---\nservices:\n  b:\n    extends: 5\n  c: 7\n  d:\n    extends: {service: [1]}\n';
    const second = rootOf(text, 'file:///p/compose.yaml', 1);
    const services = effectiveServices({ root: second, path: 'file:///p/compose.yaml', files: memoryFiles('file:///p/compose.yaml') });
    assert.deepEqual(services.map((s) => s.name), ['b', 'd']);
    assert.deepEqual(effectiveServices({ root: rootOf('services: 5'), path: 'file:///p/compose.yaml', files: memoryFiles('file:///p/compose.yaml') }), []);
    assert.deepEqual(effectiveServices({ root: null, path: 'file:///p/compose.yaml', files: memoryFiles('file:///p/compose.yaml', { 'compose.override.yaml': 'services: [1]' }) }), []);
  });
});
