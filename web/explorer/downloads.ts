/** Saves the current view as PNG, GraphML or JSON through a temporary object URL (no server round trip). */
import { exportBaseName, type NetworkData, type NetworkExportMeta } from '../../src/web/export/network-data';
import { networkToGraphml } from '../../src/web/export/network-graphml';
import { networkToJson } from '../../src/web/export/network-json';

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveGraphml(network: NetworkData, meta: NetworkExportMeta): void {
  saveBlob(new Blob([networkToGraphml(network, meta)], { type: 'application/graphml+xml' }), `${exportBaseName(meta)}.graphml`);
}

export function saveJson(network: NetworkData, meta: NetworkExportMeta): void {
  saveBlob(new Blob([networkToJson(network, meta)], { type: 'application/json' }), `${exportBaseName(meta)}.json`);
}
