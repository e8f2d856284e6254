{{- define "packetlife.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "packetlife.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "packetlife.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels every object carries; pass (dict "ctx" . "component" "agent"). */}}
{{- define "packetlife.labels" -}}
helm.sh/chart: {{ include "packetlife.chart" .ctx }}
{{ include "packetlife.selectorLabels" . }}
app.kubernetes.io/version: {{ .ctx.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .ctx.Release.Service }}
app.kubernetes.io/part-of: packetlife
{{- end -}}

{{- define "packetlife.selectorLabels" -}}
app.kubernetes.io/name: {{ include "packetlife.name" .ctx }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
{{- if .component }}
app.kubernetes.io/component: {{ .component }}
{{- end }}
{{- end -}}

{{- define "packetlife.image" -}}
{{- if .Values.image.digest -}}
{{ .Values.image.repository }}@{{ .Values.image.digest }}
{{- else -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}
{{- end -}}

{{- define "packetlife.collectorName" -}}{{ include "packetlife.fullname" . }}-collector{{- end -}}
{{- define "packetlife.collectorHost" -}}{{ include "packetlife.collectorName" . }}.{{ .Release.Namespace }}.svc{{- end -}}

{{/* chart | cert-manager | existing: where the collector's certificate comes from. */}}
{{- define "packetlife.tlsProvider" -}}
{{- if .Values.tls.existingSecret -}}existing
{{- else if eq .Values.tls.provider "auto" -}}
{{- if .Capabilities.APIVersions.Has "cert-manager.io/v1" -}}cert-manager{{- else -}}chart{{- end -}}
{{- else -}}{{ .Values.tls.provider }}
{{- end -}}
{{- end -}}

{{- define "packetlife.tlsSecret" -}}
{{- .Values.tls.existingSecret | default (printf "%s-collector-tls" (include "packetlife.fullname" .)) -}}
{{- end -}}

{{- define "packetlife.collectorServiceAccount" -}}
{{- if .Values.collector.serviceAccount.create -}}
{{- .Values.collector.serviceAccount.name | default (printf "%s-collector" (include "packetlife.fullname" .)) -}}
{{- else -}}
{{- .Values.collector.serviceAccount.name | default "default" -}}
{{- end -}}
{{- end -}}

{{- define "packetlife.agentServiceAccount" -}}
{{- if .Values.agent.serviceAccount.create -}}
{{- .Values.agent.serviceAccount.name | default (printf "%s-agent" (include "packetlife.fullname" .)) -}}
{{- else -}}
{{- .Values.agent.serviceAccount.name | default "default" -}}
{{- end -}}
{{- end -}}

{{- define "packetlife.scheme" -}}{{ if .Values.tls.enabled }}https{{ else }}http{{ end }}{{- end -}}
