import type { TestApp } from './test-app.ts';

/** A multipart/form-data body holding one file, as a browser's FormData sends it. */
export async function multipartFile(fileName: string, content: Uint8Array | string, field = 'file') {
  const form = new FormData();
  form.append(field, new Blob([content as BlobPart]), fileName);
  const request = new Request('http://upload.localhost', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), headers: { 'content-type': request.headers.get('content-type')! } };
}

export async function uploadFile(t: TestApp, as: string, fileName: string, content: Uint8Array | string) {
  return t.request({ method: 'POST', url: '/api/v1/imports', as, ...(await multipartFile(fileName, content)) });
}

/** Polls an import job until its run ends (the run goes on in the background). */
export async function waitForImport(t: TestApp, as: string, id: string) {
  for (let attempt = 0; attempt < 500; attempt++) {
    const job = (await t.request({ method: 'GET', url: `/api/v1/imports/${id}`, as })).json();
    if (job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`import ${id} still running`);
}
