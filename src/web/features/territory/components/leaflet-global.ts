import L from 'leaflet';

/** leaflet.markercluster extends the global `L`: it must exist before the plugin is evaluated. */
(globalThis as unknown as { L: typeof L }).L = L;
