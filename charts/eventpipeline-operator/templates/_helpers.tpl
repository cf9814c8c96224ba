{{/* Chart name, truncated to the 63 characters a label value allows. */}}
{{- define "eventpipeline-operator.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Full name: release-chart unless the release name already contains the chart name. */}}
{{- define "eventpipeline-operator.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "eventpipeline-operator.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels on every object. helm.sh/chart changes on upgrade, so it never goes into selectors. */}}
{{- define "eventpipeline-operator.labels" -}}
helm.sh/chart: {{ include "eventpipeline-operator.chart" . }}
{{ include "eventpipeline-operator.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: eventpipeline
app.kubernetes.io/component: operator
{{- end }}

{{/* Selector labels: stable for the life of the release. */}}
{{- define "eventpipeline-operator.selectorLabels" -}}
app.kubernetes.io/name: {{ include "eventpipeline-operator.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "eventpipeline-operator.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "eventpipeline-operator.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The namespaces watched in `namespaces` mode, as a list (the release namespace when none are given). */}}
{{- define "eventpipeline-operator.watchNamespaces" -}}
{{- if .Values.watch.namespaces }}
{{- toJson .Values.watch.namespaces }}
{{- else }}
{{- toJson (list .Release.Namespace) }}
{{- end }}
{{- end }}

{{/* The rules every mode needs, for the kinds the operator manages. */}}
{{- define "eventpipeline-operator.rules" -}}
{{- /* Exactly what the operator does, verb by verb (operator/children.py, kube.py, kopf): children are written
by server-side apply (a PATCH; the API server authorizes an apply that creates the object as `create` too), listed
to prune what the spec dropped, deleted when pruned;
Secrets are only read (the ones a pipeline names) and created (generated API keys), never listed or changed. */}}
- apiGroups: ["analytics.eventpipeline.dev"]
  resources: ["eventpipelines"]
  verbs: ["get", "list", "watch", "patch"]
- apiGroups: ["analytics.eventpipeline.dev"]
  resources: ["eventpipelines/status"]
  verbs: ["get", "patch"]
- apiGroups: ["analytics.eventpipeline.dev"]
  resources: ["eventpipelines/finalizers"]
  verbs: ["update"]
- apiGroups: ["analytics.eventpipeline.dev"]
  resources: ["eventpipelinereprocesses"]
  verbs: ["get", "list", "watch", "patch"]
- apiGroups: ["analytics.eventpipeline.dev"]
  resources: ["eventpipelinereprocesses/status"]
  verbs: ["get", "patch"]
- apiGroups: ["analytics.eventpipeline.dev"]
  resources: ["eventpipelinereprocesses/finalizers"]
  verbs: ["update"]
- apiGroups: ["apps"]
  resources: ["deployments"]
  verbs: ["get", "list", "create", "patch", "delete"]
- apiGroups: ["apps"]
  resources: ["deployments/scale"]
  verbs: ["get", "patch"]
- apiGroups: [""]
  resources: ["services", "configmaps", "serviceaccounts"]
  verbs: ["get", "list", "create", "patch", "delete"]
- apiGroups: [""]
  resources: ["secrets"]
  verbs: ["get", "create"]
- apiGroups: ["policy"]
  resources: ["poddisruptionbudgets"]
  verbs: ["get", "list", "create", "patch", "delete"]
- apiGroups: ["networking.k8s.io"]
  resources: ["networkpolicies"]
  verbs: ["get", "list", "create", "patch", "delete"]
- apiGroups: [""]
  resources: ["pods"]
  verbs: ["list"]
- apiGroups: ["", "events.k8s.io"]
  resources: ["events"]
  verbs: ["create", "patch"]
{{- end }}
