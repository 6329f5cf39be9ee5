import { Box } from '@mantine/core';
import L from 'leaflet';
import './leaflet-with-cluster.ts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coverage, MapSettings } from '../../../../contracts/territory.ts';
import { eventPath, organisationPath } from '../../../app/paths.ts';
import { QPV_COLOR, shadeOf } from './shading.ts';

type FeatureCollection = { type: 'FeatureCollection'; features: unknown[] };
type Layers = { departements: FeatureCollection; arrondissements: FeatureCollection; communes: FeatureCollection; qpv: FeatureCollection };
type Props = { coverage: Coverage; layers: Layers; settings: MapSettings; departement: string | null };
type Properties = { code: string; nom: string };

const codeOf = (feature: { properties?: unknown } | undefined) => (feature?.properties as Properties | undefined)?.code ?? '';

const IDF_BOUNDS = L.latLngBounds([48.12, 1.44], [49.24, 3.56]);
const PARIS_BOUNDS = L.latLngBounds([48.815, 2.224], [48.902, 2.47]);

/** Partner markers' popups: built as DOM nodes, so names are never read as HTML. */
function popupOf(marker: Coverage['markers'][number], linkLabel: string): HTMLElement {
  const box = document.createElement('div');
  const name = document.createElement('strong');
  name.textContent = marker.name;
  const link = document.createElement('a');
  link.href = organisationPath(marker.organisationId);
  link.textContent = linkLabel;
  box.append(name, document.createElement('br'), link);
  return box;
}

/** Event markers' popups: the title, the venue, and a link to the event. */
function eventPopupOf(event: Coverage['events'][number], linkLabel: string): HTMLElement {
  const box = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = event.title;
  const venue = document.createElement('span');
  venue.textContent = event.venueName;
  const link = document.createElement('a');
  link.href = eventPath(event.id);
  link.textContent = linkLabel;
  box.append(title, document.createElement('br'), venue, document.createElement('br'), link);
  return box;
}

/**
 * Leaflet driven by hand: GeoJSON layers on a plain background (tiles only when configured),
 * territories shaded by active partners, QPV outlines, clustered partner markers.
 */
export function CoverageMap({ coverage, layers, settings, departement }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, { preferCanvas: true, zoomSnap: 0.5, minZoom: 8, maxZoom: 18, attributionControl: true });
    map.attributionControl.setPrefix(false);
    if (settings.tileUrl) L.tileLayer(settings.tileUrl, { attribution: settings.tileAttribution ?? '' }).addTo(map);
    const partners = new Map(coverage.territories.map((x) => [x.code, x.partners]));
    const reached = new Set(coverage.qpv.filter((q) => q.reached).map((q) => q.code));
    const tooltip = (feature: { properties: Properties }) =>
      `${feature.properties.nom} : ${t('territory.map.partners', { count: partners.get(feature.properties.code) ?? 0 })}`;
    const area = (data: FeatureCollection, keep: (p: Properties) => boolean) =>
      L.geoJSON(data as never, {
        filter: (feature) => keep(feature.properties as Properties),
        style: (feature) => ({
          color: '#868e96',
          weight: 0.6,
          fillOpacity: 0.85,
          fillColor: shadeOf(partners.get(codeOf(feature)) ?? 0),
        }),
        onEachFeature: (feature, layer) => layer.bindTooltip(tooltip(feature as never), { sticky: true }),
      }).addTo(map);
    area(layers.communes, (p) => p.code !== '75056' && (!departement || p.code.startsWith(departement)));
    area(layers.arrondissements, () => !departement || departement === '75');
    L.geoJSON(layers.departements as never, { style: { color: '#495057', weight: 1.5, fill: false }, interactive: false }).addTo(map);
    L.geoJSON(layers.qpv as never, {
      style: (feature) => ({
        color: QPV_COLOR,
        weight: 2,
        fill: false,
        dashArray: reached.has(codeOf(feature)) ? undefined : '4 4',
      }),
      onEachFeature: (feature, layer) => layer.bindTooltip(`${t('territory.map.qpv')} : ${(feature.properties as Properties).nom}`),
    }).addTo(map);
    const cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
    const icon = L.divIcon({ className: 'maillage-partner-marker', html: '<span></span>', iconSize: [14, 14] });
    for (const marker of coverage.markers) {
      cluster.addLayer(
        L.marker([marker.latitude, marker.longitude], { icon, title: marker.name, keyboard: true }).bindPopup(
          popupOf(marker, t('territory.map.open')),
        ),
      );
    }
    const eventIcon = L.divIcon({ className: 'maillage-event-marker', html: '<span></span>', iconSize: [14, 14] });
    for (const event of coverage.events) {
      cluster.addLayer(
        L.marker([event.latitude, event.longitude], { icon: eventIcon, title: event.title, keyboard: true }).bindPopup(
          eventPopupOf(event, t('territory.map.openEvent')),
        ),
      );
    }
    map.addLayer(cluster);
    map.fitBounds(departement === '75' ? PARIS_BOUNDS : departement ? departementBounds(layers.departements, departement) : IDF_BOUNDS);
    return () => {
      map.remove();
    };
  }, [coverage, layers, settings, departement, t]);

  return (
    <Box
      ref={container}
      h={{ base: 360, sm: 520 }}
      bg="gray.0"
      style={{ borderRadius: 8 }}
      aria-label={t('territory.map.label')}
      role="region"
    />
  );
}

function departementBounds(departements: FeatureCollection, code: string): L.LatLngBounds {
  const feature = departements.features.find((f) => (f as { properties: Properties }).properties.code === code);
  return feature ? L.geoJSON(feature as never).getBounds() : IDF_BOUNDS;
}
