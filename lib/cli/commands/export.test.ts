// The export's default file name: the server's Content-Disposition name, never a path.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachmentName } from './export';

test('the UTF-8 name first, else the plain one; a path is reduced to its last part', () => {
  assert.equal(attachmentName(`attachment; filename="M_rz.zip"; filename*=UTF-8''M%C3%A4rz.zip`), 'März.zip');
  assert.equal(attachmentName('attachment; filename="March.zip"'), 'March.zip');
  assert.equal(attachmentName(`attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd`), 'passwd');
  assert.equal(attachmentName('attachment; filename="..\\\\evil.zip"'), 'evil.zip');
  assert.equal(attachmentName(null), null);
  assert.equal(attachmentName('attachment; filename=".."'), null);
});
