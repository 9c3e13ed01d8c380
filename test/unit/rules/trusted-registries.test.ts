// trusted-registries: fires on images outside trustedRegistries, stays silent without config, for stages, scratch and variables.
import { test } from 'node:test';
import { expectWithConfig } from '../../support/hadolintConfig';


const CONFIG = 'trustedRegistries:\n  - registry.example.com\n  - "*.gcr.io"\n';

test('fires on Docker Hub and other registries not in the list', () => {
  expectWithConfig('trusted-registries', CONFIG, `FROM node:22-slim
     ^^^^^^^^^^^^ trusted-registries
FROM ghcr.io/acme/tool:1.2 AS tool
     ^^^^^^^^^^^^^^^^^^^^^ trusted-registries
FROM gcr.io/distroless/static:nonroot
     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ trusted-registries`);
});

test('stays silent on trusted registries, wildcards, stages, scratch and variables', () => {
  expectWithConfig('trusted-registries', CONFIG, `ARG BASE=node:22
FROM registry.example.com/base/node:22-slim AS build
FROM eu.gcr.io/project/app:1
FROM build
FROM scratch
FROM $BASE`);
});

test('docker.io in the list trusts bare names and every Docker Hub host name', () => {
  expectWithConfig('trusted-registries', 'trustedRegistries: docker.io', `FROM node:22
FROM library/python:3.13
FROM index.docker.io/library/alpine:3.20
FROM quay.io/prometheus/node-exporter:v1.8.2
     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ trusted-registries`);
});

test('a path entry trusts only that part of a registry', () => {
  expectWithConfig('trusted-registries', 'trustedRegistries: [registry.example.com/platform, docker.io/library]', `FROM registry.example.com/platform/base:1
FROM registry.example.com/other/base:1
     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ trusted-registries
FROM node:22
FROM bitnami/redis:7.4
     ^^^^^^^^^^^^^^^^^ trusted-registries`);
});

test('stays silent without a config or with an empty list', () => {
  expectWithConfig('trusted-registries', undefined, 'FROM ghcr.io/acme/tool:1.2');
  expectWithConfig('trusted-registries', 'trustedRegistries: []', 'FROM ghcr.io/acme/tool:1.2');
});
