// A stand-in Cases endpoint that records every request it receives (method, raw path, raw query,
// content type, body) and answers each operation with a minimal valid response, so both the
// official SDK and Casewright's client complete their calls. GET /__captured returns the
// records; POST /__reset clears them. Prints "capture-server listening on URL".
import http from 'node:http';

let captured = [];

function responseFor(method, path) {
  if (/^\/domains-list$/.test(path)) return { domains: [] };
  if (/\/fields-list$/.test(path)) return { fields: [] };
  if (/\/fields-batch$/.test(path)) return { fields: [], errors: [] };
  if (/\/options-list$/.test(path)) return { options: [] };
  if (/\/layouts-list$/.test(path)) return { layouts: [] };
  if (/\/layouts\/[^/]+$/.test(path))
    return { layoutId: 'l', layoutArn: 'arn:l', name: 'Layout', content: { basic: {} } };
  if (/\/templates-list$/.test(path)) return { templates: [] };
  if (/\/templates$/.test(path)) return { templateId: 't', templateArn: 'arn:t' };
  if (/\/templates\/[^/]+$/.test(path)) {
    if (method === 'PUT') return {};
    return { templateId: 't', templateArn: 'arn:t', name: 'Template', status: 'Active' };
  }
  if (/\/rules-list\/$/.test(path)) return { caseRules: [] };
  if (/\/rules-batch$/.test(path)) return { caseRules: [], errors: [], unprocessedCaseRules: [] };
  if (/\/case-rules$/.test(path)) return { caseRuleId: 'r', caseRuleArn: 'arn:r' };
  if (/\/case-rules\/[^/]+$/.test(path)) return {};
  if (/^\/domains\/[^/]+$/.test(path))
    return { domainId: 'd', domainArn: 'arn:d', name: 'Domain', createdTime: '2026-01-01T00:00:00Z', domainStatus: 'Active' };
  return null;
}

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const target = request.url;
    const question = target.indexOf('?');
    const path = question < 0 ? target : target.slice(0, question);
    const query = question < 0 ? '' : target.slice(question + 1);
    if (path === '/__captured') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(captured));
      return;
    }
    if (path === '/__reset') {
      captured = [];
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{}');
      return;
    }
    const body = Buffer.concat(chunks).toString('utf8');
    captured.push({
      method: request.method,
      path,
      query,
      contentType: request.headers['content-type'] ?? '',
      body,
    });
    const answer = responseFor(request.method, path);
    if (answer === null) {
      response.writeHead(404, { 'Content-Type': 'application/json', 'X-Amzn-ErrorType': 'UnknownOperationException' });
      response.end(JSON.stringify({ message: `no such operation: ${request.method} ${path}` }));
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(answer));
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  console.log(`capture-server listening on http://127.0.0.1:${port}`);
});
